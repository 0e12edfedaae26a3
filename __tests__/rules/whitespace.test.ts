/** whitespace: spaces the source does not have, and their fixes. */
import { fixTable } from "../fix-cases";

fixTable("whitespace");
