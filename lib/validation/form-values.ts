// What a form holds while it is being filled in, derived from the schema its input must pass, so no
// form restates a field list by hand. Pure types.
import type { z } from "zod";

type FormField<T> = [T] extends [boolean]
  ? boolean
  : T extends readonly (infer U)[]
    ? FormValue<U>[]
    : T extends string
      ? T
      : T extends object
        ? { [K in keyof T]-?: FormValue<T[K]> }
        : string;

/**
 * A field's value in a form: text for anything typed (numbers, dates and optional fields stay
 * strings until the schema coerces them, and an empty one is ""), booleans for checkboxes, choices
 * keep their literal type, lists and nested groups keep their shape.
 */
export type FormValue<T> = unknown extends T ? string : FormField<NonNullable<T>>;

/**
 * The values of a form for `S`'s input. `Typed` names fields whose control differs from the input
 * (a text box holding a list, e.g. comma-separated SDG targets): they are held as text and turned
 * into the input's shape when the form is sent.
 */
export type FormValues<S extends z.ZodType, Typed extends PropertyKey = never> = Omit<
  FormValue<z.input<S>>,
  Typed | "confirmedUnicode"
> & { [K in Typed]: string };
