import { schemaErrors } from "../../support/catalog-validator.ts";
console.log(schemaErrors({}).slice(0, 2));
