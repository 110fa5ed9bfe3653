import { svelteComponent } from "../shared/svelte";
import View from "./ColorPicker.svelte";

export default svelteComponent(View);
