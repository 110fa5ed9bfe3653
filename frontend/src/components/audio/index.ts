import { svelteComponent } from "../shared/svelte";
import View from "./Audio.svelte";

export default svelteComponent(View);
