import { createEmbeddedEngine } from "../../search/embedded.ts";
import { describeEngineContract } from "./engine-contract.ts";

describeEngineContract("embedded", () => createEmbeddedEngine());
