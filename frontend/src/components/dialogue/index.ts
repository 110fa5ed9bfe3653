import { svelteComponent } from "../shared/svelte";
import View from "./Dialogue.svelte";

export default svelteComponent(View);
