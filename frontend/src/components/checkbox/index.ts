import { svelteComponent } from "../shared/svelte";
import View from "./Checkbox.svelte";

export default svelteComponent(View);
