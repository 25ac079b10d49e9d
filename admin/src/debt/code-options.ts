/** The options of a select: each code with its Thai name, in the order the names are given. */
export const optionsOf = <T extends string>(names: Readonly<Record<T, string>>) =>
  (Object.entries(names) as [T, string][]).map(([value, label]) => ({ value, label }));
