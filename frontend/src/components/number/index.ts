import { svelteComponent } from "../shared/svelte";
import View from "./Number.svelte";

export default svelteComponent(View);
