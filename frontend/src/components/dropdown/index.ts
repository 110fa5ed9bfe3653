import { svelteComponent } from "../shared/svelte";
import View from "./Dropdown.svelte";

export default svelteComponent(View);
