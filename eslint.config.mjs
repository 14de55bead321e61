// Lint rules of the portal: Next's own (React, hooks, core web vitals), typescript-eslint,
// jsx-a11y's recommended accessibility rules, and the layering the code keeps (see README, "Code
// layout"): the database is reached only from lib/, and lib/ never imports UI components.
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";
import jsxA11y from "eslint-plugin-jsx-a11y";

const databaseImports = {
  group: ["@/generated/prisma/*", "@/lib/db/*", "@prisma/*", "pg"],
  message: "The database is reached only through lib/ (queries, mutations); pages and components call those.",
};

const config = [
  {
    ignores: [
      "generated/**",
      ".next/**",
      ".next-test/**",
      ".data/**",
      "public/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  { rules: jsxA11y.flatConfigs.recommended.rules },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    files: ["app/**", "components/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [databaseImports] }] },
  },
  {
    files: ["lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/components/*", "@/app/*"],
              message:
                "lib/ holds domain code; UI lives in components/ and imports from lib/, never the other way.",
            },
          ],
        },
      ],
    },
  },
  prettier,
];
export default config;
