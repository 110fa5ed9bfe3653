import { svelteComponent } from "../shared/svelte";
import View from "./ImageEditor.svelte";

export default svelteComponent(View);
