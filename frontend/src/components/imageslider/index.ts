import { svelteComponent } from "../shared/svelte";
import View from "./ImageSlider.svelte";

export default svelteComponent(View);
