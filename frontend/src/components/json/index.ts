import { svelteComponent } from "../shared/svelte";
import View from "./JSON.svelte";

export default svelteComponent(View);
