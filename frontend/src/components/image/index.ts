import { svelteComponent } from "../shared/svelte";
import View from "./Image.svelte";

export default svelteComponent(View);
