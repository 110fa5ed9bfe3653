import { svelteComponent } from "../shared/svelte";
import View from "./MultimodalTextbox.svelte";

export default svelteComponent(View);
