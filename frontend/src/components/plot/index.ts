import { svelteComponent } from "../shared/svelte";
import View from "./Plot.svelte";

export default svelteComponent(View);
