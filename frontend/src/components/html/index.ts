import { svelteComponent } from "../shared/svelte";
import View from "./HTML.svelte";

export default svelteComponent(View);
