import { svelteComponent } from "../shared/svelte";
import View from "./CheckboxGroup.svelte";

export default svelteComponent(View);
