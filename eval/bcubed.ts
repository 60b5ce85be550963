/**
 * B-cubed precision, recall and F1 over items (Bagga and Baldwin 1998): for each item, the share
 * of its predicted cluster that truly belongs with it (precision) and the share of its true cluster
 * that was put with it (recall), averaged over items.
 */
export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

export function bcubed(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): BCubed {
  const members = (labels: ReadonlyMap<string, string>) => {
    const out = new Map<string, string[]>();
    for (const [item, label] of labels) {
      const list = out.get(label) ?? [];
      list.push(item);
      out.set(label, list);
    }
    return out;
  };
  const goldMembers = members(gold);
  const predMembers = members(predicted);
  let p = 0;
  let r = 0;
  let n = 0;
  for (const [item, goldLabel] of gold) {
    const predLabel = predicted.get(item);
    if (predLabel === undefined) throw new Error(`no predicted cluster for ${item}`);
    const predCluster = predMembers.get(predLabel) ?? [];
    const goldCluster = goldMembers.get(goldLabel) ?? [];
    const both = predCluster.filter((other) => gold.get(other) === goldLabel).length;
    p += both / predCluster.length;
    r += both / goldCluster.length;
    n++;
  }
  const precision = n === 0 ? 0 : p / n;
  const recall = n === 0 ? 0 : r / n;
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}
