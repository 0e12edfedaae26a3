/** number-notation: 1.5 and 1,250 left in English notation in uk/ru, and their fixes. */
import { fixTable } from "../fix-cases";

fixTable("number-notation");
