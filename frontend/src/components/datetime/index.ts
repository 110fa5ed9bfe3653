import { svelteComponent } from "../shared/svelte";
import View from "./DateTime.svelte";

export default svelteComponent(View);
