import { svelteComponent } from "../shared/svelte";
import View from "./Label.svelte";

export default svelteComponent(View);
