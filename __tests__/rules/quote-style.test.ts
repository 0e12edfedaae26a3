/** quote-style: its fixes, applied as concord fix applies them (the findings are pinned in cases/quote-style.json). */
import { fixTable } from "../fix-cases";

fixTable("quote-style");
