import { svelteComponent } from "../shared/svelte";
import View from "./Gallery.svelte";

export default svelteComponent(View);
