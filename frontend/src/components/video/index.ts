import { svelteComponent } from "../shared/svelte";
import View from "./Video.svelte";

export default svelteComponent(View);
