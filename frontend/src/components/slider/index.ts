import { svelteComponent } from "../shared/svelte";
import View from "./Slider.svelte";

export default svelteComponent(View);
