import { svelteComponent } from "../shared/svelte";
import View from "./NativePlot.svelte";

export default svelteComponent(View);
