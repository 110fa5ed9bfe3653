import { svelteComponent } from "../shared/svelte";
import View from "./ParamViewer.svelte";

export default svelteComponent(View);
