import { svelteComponent } from "../shared/svelte";
import View from "./Code.svelte";

export default svelteComponent(View);
