import { describe, expect, it } from 'vitest';
import { roleWithModifiers } from '../../src/qa/role-modifiers.js';

describe('roleWithModifiers', () => {
  it('given a role right before the name, the modifiers written before it join the role', () => {
    const s = '“We will wait,” Harbour Board deputy chair Ana Ruiz told the meeting.';
    expect(roleWithModifiers(s, 'chair', ['Ana Ruiz'])).toBe('Harbour Board deputy chair');
    const t = 'To marine biology professor Ivo Kell, the tide tables looked wrong.';
    expect(roleWithModifiers(t, 'professor', ['Ivo Kell'])).toBe('marine biology professor');
  });

  it('given a speech verb or a preposition before the run, the run opens there', () => {
    expect(
      roleWithModifiers('“Wait,” said ferry union organiser Ola Brandt.', 'organiser', ['Ola Brandt']),
    ).toBe('ferry union organiser');
    expect(
      roleWithModifiers('A letter from Kell Bay harbour master Ola Brandt came.', 'master', ['Ola Brandt']),
    ).toBe('Kell Bay harbour master');
  });

  it('given a possessive before a kinship noun, the possessive is kept and ends the run', () => {
    const s = 'Lund and his brother Tomas bought the old ferry.';
    expect(roleWithModifiers(s, 'brother', ['Tomas'])).toBe('his brother');
  });

  it('given a verb before the role, the verb stays out of it', () => {
    expect(
      roleWithModifiers('The mayor hired campaign manager Ola Brandt.', 'campaign manager', ['Ola Brandt']),
    ).toBe('campaign manager');
    expect(roleWithModifiers('Ruiz thanks party whip Ola Brandt.', 'party whip', ['Ola Brandt'])).toBe(
      'party whip',
    );
    expect(roleWithModifiers('Lund met port director Ola Brandt.', 'director', ['Ola Brandt'])).toBe(
      'director',
    );
    expect(roleWithModifiers('Ruiz took down harbour pilot Ola Brandt.', 'pilot', ['Ola Brandt'])).toBe(
      'pilot',
    );
  });

  it('given a role set off by a comma, or not before the name, nothing is added', () => {
    expect(roleWithModifiers('Ola Brandt, the port director, said so.', 'director', ['Ola Brandt'])).toBe(
      'director',
    );
    expect(roleWithModifiers('At the port, director Ola Brandt spoke.', 'director', ['Ola Brandt'])).toBe(
      'director',
    );
    expect(roleWithModifiers('They met the director Ola Brandt.', 'director', ['Ola Brandt'])).toBe(
      'director',
    );
  });
});
