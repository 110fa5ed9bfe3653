import { svelteComponent } from "../shared/svelte";
import View from "./Textbox.svelte";

export default svelteComponent(View);
