import { svelteComponent } from "../shared/svelte";
import View from "./AnnotatedImage.svelte";

export default svelteComponent(View);
