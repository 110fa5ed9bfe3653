import { svelteComponent } from "../shared/svelte";
import View from "./Button.svelte";

export default svelteComponent(View);
