import { svelteComponent } from "../shared/svelte";
import View from "./Dataset.svelte";

export default svelteComponent(View);
