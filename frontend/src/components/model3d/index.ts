import { svelteComponent } from "../shared/svelte";
import View from "./Model3D.svelte";

export default svelteComponent(View);
