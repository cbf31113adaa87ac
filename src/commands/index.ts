/**
 * commands.html's entry: the ribbon commands (`commands.ts`) register themselves, or the page
 * shows a notice when opened as the commands' dialog.
 */
import { startCommands } from "./commands";

startCommands();
