import { svelteComponent } from "../shared/svelte";
import View from "./File.svelte";

export default svelteComponent(View);
