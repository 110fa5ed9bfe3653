import { svelteComponent } from "../shared/svelte";
import View from "./FileExplorer.svelte";

export default svelteComponent(View);
