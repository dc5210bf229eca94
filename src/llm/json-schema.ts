// The JSON schema sent as structured output, derived from QuerySpec so the two
// cannot drift. The SDK's zodResponseFormat refuses QuerySpec (strict mode
// wants every field required; QuerySpec has optional fields and defaults), so
// the zod 4 JSON schema is rewritten here: optional fields become required but
// nullable, and the reply has its nulls removed before QuerySpec.safeParse.
import { z } from "zod";
import { QuerySpec } from "../analytics/query-spec.ts";

type Schema = Record<string, unknown>;

// Keywords OpenAI's strict mode does not document support for; zod still
// enforces them on the reply, so dropping them loses no safety.
const UNSUPPORTED = ["$schema", "default", "minLength", "maxLength"];

export function querySpecJsonSchema(): Schema {
  return toStrict(z.toJSONSchema(QuerySpec, { io: "input", target: "draft-7" }) as Schema);
}

function toStrict(node: Schema): Schema {
  const out: Schema = { ...node };
  for (const k of UNSUPPORTED) delete out[k];
  // zod emits both format: uuid and a long pattern; the format alone is documented and cheaper for local grammars.
  if (typeof out.format === "string") delete out.pattern;
  if (out.type === "object" && isSchema(out.properties)) {
    const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
    const props: Schema = {};
    for (const [key, child] of Object.entries(out.properties)) {
      const strict = toStrict(child as Schema);
      props[key] = required.has(key) ? strict : { anyOf: [strict, { type: "null" }] };
    }
    out.properties = props;
    out.required = Object.keys(props);
    out.additionalProperties = false;
  }
  if (isSchema(out.items)) out.items = toStrict(out.items);
  if (Array.isArray(out.anyOf)) out.anyOf = (out.anyOf as Schema[]).map(toStrict);
  return out;
}

function isSchema(v: unknown): v is Schema {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Removes null-valued keys (the strict schema's "not set") so QuerySpec sees them as absent. */
export function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (!isSchema(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, dropNulls(v)]));
}
