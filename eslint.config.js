import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "src/generated/", "data/", "dist/", "coverage/", "**/*.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "no-empty": ["error", { allowEmptyCatch: false }],
      "@typescript-eslint/no-floating-promises": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.property.name='only'][callee.object.name=/^(it|describe|test)$/]", message: "no .only in tests" },
      ],
    },
  },
  {
    files: ["connectors/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["grammy", "grammy/*", "@grammyjs/*"], message: "connectors never know about Telegram" }] }],
    },
  },
);
