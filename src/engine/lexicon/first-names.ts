/**
 * Common given names with the gender they usually mark. Written as space-separated lists so the
 * file stays compact; `firstNameGender` is the only way in. Names common to both genders
 * (Jordan, Alex, Jean...) sit in the unisex list: they still mark a person, not a gender.
 *
 * Source: written by hand in this repository (first in d6b3959) from general knowledge of given
 * names across the languages news names people in; no corpus was mined for it. It feeds the tagger's
 * "given-name" features and the gender of a person; it decides no name on its own.
 */

import { lowerCase } from './lower-case.js';

const MALE = `
Aaron Abdul Abdullah Abe Abel Abraham Abram Adam Adel Adnan Adolf Adrian Adriano Ahmad Ahmed Aidan Ailton
Akram Al Alain Alan Alastair Albert Alberto Albrecht Aldo Alec Alejandro Aleksandar Aleksandr Aleksei Alessandro
Alex Alexander Alexandre Alexandros Alexei Alexey Alfie Alfonso Alfred Alfredo Ali Alistair Allan Allen Alonso
Alvaro Alvin Amir Amit Anand Anders Andre Andrea Andreas Andrei Andres Andrew Andrey Andries Andrzej Andy Angel
Angelo Anil Anthony Antoine Anton Antonio Antonin Anwar Archie Ariel Arjun Armando Arnaud Arnold Arnoldo Arsene Arthur
Arturo Arvind Ashley Ashraf Asif Atif August Augusto Austin Avi Axel Ayman Aziz Bachir Barack Barry Bart Bashar
Basil Bastian Ben Benedict Benito Benjamin Benny Bernard Bernardo Bernd Bernie Bert Bertrand Bill Billy Bjorn Blaise
Blake Bob Bobby Bogdan Boris Brad Bradley Brandon Brendan Brent Brett Brian Bruce Bruno Bryan Bryce Bud Buddy Burak
Byron Caleb Calvin Cameron Carl Carles Carlo Carlos Carmelo Carsten Cedric Cesar Chad Charles Charlie Chen Chris
Christian Christoph Christophe Christopher Chuck Ciaran Claude Claudio Clay Clayton Clement Cliff Clifford Clint
Clive Cody Colin Conor Connor Conrad Constantin Corey Cory Craig Cristian Cristiano Curt Curtis Cyril Dale Dalton
Damian Damien Damon Dan Daniel Daniele Danilo Danny Dario Darius Darko Darren Darryl Dave David Davide Davor Dean
Declan Dejan Denis Dennis Derek Desmond Devin Dick Didier Diego Dieter Dimitar Dimitri Dimitris Dirk Dmitri Dmitry
Dominic Dominik Don Donald Donovan Doug Douglas Drew Duane Duncan Dusan Dustin Dwayne Dwight Dylan Earl Ed Eddie
Eddy Edgar Edmund Eduardo Edward Edwin Efraim Ehud Elias Elijah Elliot Elliott Elon Emil Emilio Emmanuel Emre Enrico
Enrique Enzo Eric Erik Ernest Ernesto Ernie Ernst Erwin Esteban Ethan Eugene Evan Evgeny Ezra Fabian Fabio Fabrizio
Faisal Farid Farouk Fedor Felipe Felix Ferdinand Fernando Filip Filippo Finn Florian Floyd Francesco Francis
Francisco Franco Frank Frankie Franz Fred Freddie Freddy Frederic Frederick Fritz Gabriel Gareth Garry Gary Gavin
Gene Geoff Geoffrey George Georg Georgi Georgios Gerald Gerard Gerhard Gerrit Gheorghe Giacomo Gianluca Gianni
Gil Gilbert Gilles Gino Giorgio Giovanni Giuseppe Glen Glenn Goran Gordon Graeme Graham Grant Greg Gregg Gregor
Gregory Guido Guillaume Guillermo Gunnar Gunter Gustavo Guy Hakan Hal Hamad Hamid Hamza Hank Hans Harald Hari
Harold Harris Harrison Harry Harvey Hasan Hassan Hector Heinrich Heinz Helmut Henri Henrik Henry Herbert Herman
Hernan Hidetoshi Hiroshi Horst Hossein Howard Hubert Hugh Hugo Humberto Hussein Ian Ibrahim Igor Ilya Imran Isaac
Isaiah Ismail Ivan Ivo Jack Jackie Jackson Jacob Jacques Jaime Jake Jakob Jakub James Jamie Jan Janusz Jared Jason
Javier Jay Jean-Claude Jean-Luc Jean-Marie Jean-Paul Jean-Pierre Jeb Jed Jeff Jeffrey Jens Jeremy Jerome Jerry
Jesper Jesse Jesus Jim Jimmy Joachim Joao Joaquin Joe Joel Joey Johan Johann Johannes John Johnny Jon Jonas
Jonathan Jordi Jorge Jose Josef Joseph Josh Joshua Jozef Juan Juergen Julian Julien Julio Julius Junior Jurgen
Justin Kai Kamal Karel Karim Karl Karol Kasper Keith Kelvin Ken Kenneth Kenny Kent Kevin Khalid Khalil
Kirk Klaus Knut Kofi Konstantin Kris Krzysztof Kurt Kyle Lamar Lance Larry Lars Laszlo Laurence Laurent Lawrence
Lee Leif Leo Leon Leonard Leonardo Leonid Leroy Les Leslie Lev Levi Lewis Liam Lionel Lloyd Logan Lorenzo Lou
Louis Luc Luca Lucas Luciano Ludovic Ludwig Luigi Luis Lukas Luke Luiz Lyndon Magnus Mahmoud Maik Malcolm Manfred
Manuel Marc Marcel Marcelo Marco Marcos Marcus Mariano Mario Marius Mark Marko Markus Marshall Martin Marty Marvin
Massimo Mateo Mathias Matt Matteo Matthew Matthias Maurice Mauricio Mauro Max Maxim Maximilian Mehmet Mel Melvin
Merrick Michael Michel Michele Miguel Mikael Mike Mikhail Milan Miles Milos Miroslav Mitch Mitchell Mitt Mohamed
Mohammad Mohammed Moises Morgan Morris Moshe Muhammad Murat Murray Mustafa Naftali Nasser Nathan Nathaniel Neil
Nelson Nicholas Nick Niclas Nico Nicola Nicolas Nigel Nikita Niklas Nikola Nikolai Nikolaos Nils Noah Noel
Norbert Norman Oleg Oliver Olivier Omar Oscar Osama Oskar Oswaldo Otto Owen Pablo Paolo Pascal Pat Patrick Patrik
Paul Paulo Pavel Pedro Per Percy Pete Peter Petr Phil Philip Philipp Philippe Pierre Piers Piet Pieter Pietro
Piotr Pranab Rafael Rafa Raheem Rahul Rainer Raj Rajesh Ralf Ralph Ramon Ramzan Randy Raphael Raul Ray Raymond
Recep Reggie Reginald Reinhard Reinaldo Rene Rex Rhys Ricardo Riccardo Richard Richie Rick Rickey Ricky Rob
Robbie Robert Roberto Robin Rod Rodney Rodolfo Rodrigo Roger Roland Rolf Roman Romano Ron Ronald Ronaldo Ronnie
Rory Ross Roy Ruben Rudolf Rudy Rupert Russell Rusty Ryan Saad Sadiq Salman Salvatore Sam Sami Samir Sammy Samuel
Sandro Sanjay Santiago Saud Scott Sean Sebastian Sebastien Serge Sergei Sergey Sergio Seth Shane Shaun Shawn
Sheldon Sherif Shimon Shinzo Sidney Silvio Simon Simone Slobodan Sol Sonny Spencer Stan Stanislav Stanley Stefan
Stefano Steffen Stephane Stephen Steve Steven Stewart Stuart Sven Sylvester Tariq Ted Teddy Terence Terry Thabo
Theo Theodore Thierry Thomas Tim Timothy Tobias Todd Tom Tomas Tommy Toni Tony Torsten Travis Trevor Troy Tyler
Tyrone Ulrich Umar Uwe Valentin Valentino Valeri Valery Vasily Vaughan Vicente Victor Vijay Viktor
Vincent Vincenzo Vinicius Vitaly Vito Vlad Vladimir Vladislav Volker Wade Walid Wallace Walter Warren Wayne Werner
Wesley Wilfried Will Willem William Willie Wim Winston Wojciech Wolfgang Xavier Yahya Yair Yannick Yaser Yasser
Yevgeny Yitzhak Yosef Youssef Yuri Yusuf Zach Zachary Zbigniew Zdenek Zeev Zinedine Zoltan Zoran
Abdel Abdelaziz Abdulaziz Ahmet Akbar Anatoly Arnie Boutros Chaim Cyrus Eamon Ehsan Fidel Gerry Hosni Ismael
Jalal Jassim Javad Kurt-Georg Lech Mahmud Massoud Mikheil Mohsen Muammar Nawaz Nursultan Petro Rafik Ramiz
Rustam Saddam Sani Sergiy Shahid Tayyip Tenzin Viktor Volodymyr Yasin Yoweri
Mahmood Hamed Ebrahim Qasem Majid Mehdi Reza Saeed Kazem Abbas Mojtaba Ruhollah Haitham Tamim
`;

const FEMALE = `
Abigail Ada Adela Adele Adriana Agnes Aisha Alberta Alejandra Alena Alessandra Alexandra Alexia Alice Alicia Alina
Alison Allison Alma Amal Amanda Amber Amelia Amelie Amina Amy Ana Anastasia Andrea Angela Angelika Angelina Angie
Anita Ann Anna Anne Annette Annie Antje Antonia Arantxa Ariana Arlene Ashley Astrid Audrey Barbara Beatrice Beatriz
Becky Belinda Benazir Bernadette Beth Bethany Betty Beverly Bianca Birgit Blanca Bonnie Brenda Bridget Brigitte
Britney Brittany Camila Camilla Candace Carla Carmen Carol Caroline Carolyn Cassandra Catherine Cathy Cecilia
Celine Chantal Charlotte Chelsea Cheryl Chloe Christa Christina Christine Cindy Claire Clara Claudia Colleen
Conchita Connie Constance Cora Corinne Courtney Cristina Cynthia Daisy Dana Daniela Danielle Daphne Daria Dawn
Debbie Deborah Debra Delia Denise Diana Diane Dilma Dolores Dominique Donna Dora Doris Dorothy Edith Eileen Elaine
Elena Eleanor Elisa Elisabeth Elise Eliza Elizabeth Ella Ellen Eloise Elsa Emilia Emily Emma Erica Erika Esther
Eva Evelyn Fatima Felicity Fiona Florence Frances Francesca Francine Gabriela Gabriele Gabrielle Gail Gemma
Georgia Geraldine Gertrude Gillian Gina Giulia Gladys Gloria Golda Grace Greta Gwen Gwyneth Hanna Hannah Harriet
Heather Heidi Helen Helena Helga Henrietta Hilary Hillary Hilda Holly Hope Ida Ilona Imelda Indira Ines Ingrid
Irene Irina Iris Isabel Isabella Isabelle Ivana Jackie Jacqueline Jana Jane Janet Janice Jasmine Jean Jeanne
Jennifer Jenny Jessica Jill Joan Joanna Joanne Jocelyn Jodie Johanna Josephine Joy Joyce Judith Judy Julia Juliana
Julie Juliet June Justine Kamala Karen Karin Karina Kate Katarina Katharina Katherine Kathleen Kathryn Kathy Katie
Katrin Katya Kay Keira Kelly Kerry Kim Kimberly Kirsten Kristen Kristin Kylie Laila Lara Laura Lauren Leah Leila
Lena Leslie Lidia Lilian Lillian Lily Linda Lindsay Lindsey Lisa Liz Lois Lori Lorraine Louisa Louise Lucia Lucy
Luisa Lydia Lynn Madeleine Madeline Madison Magdalena Maggie Mandy Manuela Marcela Margaret Margarita Margot Maria
Mariana Marianne Marie Marilyn Marina Marion Marisa Marjorie Marlene Martha Martina Mary Maryam Matilda Maureen
Maxine Megan Melania Melanie Melinda Melissa Mercedes Meryl Mia Michaela Michelle Mildred Miranda Miriam Moira
Molly Monica Monika Nadia Nadine Nancy Naomi Natalia Natalie Natasha Nathalie Nicola Nicole Nikki Nina Nora Noura
Olga Olivia Paige Pamela Patricia Paula Pauline Peggy Penelope Penny Petra Philippa Phyllis Priscilla Priti
Rachel Rania Rebecca Regina Renata Renee Rita Roberta Rosa Rosalind Rose Rosemary Roxanne Ruth Sabine Sabrina
Sally Samantha Sandra Sara Sarah Sasha Selena Serena Sharon Sheila Shirley Silvia Simona Sofia Sonia Sophia Sophie
Stacey Stefanie Steffi Stella Stephanie Sue Susan Susanne Suzanne Svetlana Sylvia Tamara Tania Tanya Tara Teresa
Tessa Theresa Tiffany Tina Tracey Tracy Ulrike Ursula Valentina Valerie Vanessa Venus Vera Veronica Veronika
Victoria Violet Virginia Vivian Wanda Wendy Whitney Yasmin Yolanda Yulia Yvonne Zara Zoe Zuzana
Benita Condoleezza Corazon Ertharin Federica Gro Hina Ilhan Ivanka Jacinda Kaja Liz Madeleine Malala Marine
Megawati Michele Nikki Nancy Ruth Sanna Segolene Ursula Yulia Kristalina Mette Giorgia Annalena Theresa
`;

const UNISEX = `
Alex Andrea Ashley Casey Chris Dana Jamie Jean Jordan Kelly Kim Leslie Lee Morgan Nicola Pat Robin Sam Sasha
Taylor Terry Toni Nicky Jackie Michele Sandy Shannon Sydney Tracy Francis Jesse Kris Riley Avery Quinn
`;

export type NameGender = 'male' | 'female' | null;

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

const genderByName = new Map<string, NameGender>();
for (const n of words(MALE)) genderByName.set(lowerCase(n), 'male');
for (const n of words(FEMALE)) {
  const key = lowerCase(n);
  genderByName.set(key, genderByName.get(key) === 'male' ? null : 'female');
}
for (const n of words(UNISEX)) genderByName.set(lowerCase(n), null);

/** True when the word is a given name we know (any gender). */
export function isFirstName(word: string): boolean {
  return genderByName.has(lowerCase(word));
}

/** The gender a given name usually marks, or null when unknown or shared. */
export function firstNameGender(word: string): NameGender {
  return genderByName.get(lowerCase(word)) ?? null;
}
