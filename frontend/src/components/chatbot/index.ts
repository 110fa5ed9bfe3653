import { svelteComponent } from "../shared/svelte";
import View from "./Chatbot.svelte";

export default svelteComponent(View);
