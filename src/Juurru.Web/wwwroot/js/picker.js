// Pickers (Features/Shared/_Picker.cshtml): a text box that filters a long checkbox list as one types. Ticked boxes
// stay visible, so a filter never hides a choice already made; the count of chosen ones follows the ticks.
"use strict";
(() => {
    const fold = s => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    for (const picker of document.querySelectorAll("[data-picker]")) {
        const filter = picker.querySelector("[data-picker-filter]");
        const choices = [...picker.querySelectorAll(".choice")];
        const summary = picker.querySelector(".picker-summary");
        const template = summary.textContent.replace(/\d+/, "{0}");
        filter.closest(".picker-filter").hidden = false;
        filter.addEventListener("input", () => {
            const words = fold(filter.value).split(/\s+/).filter(w => w);
            for (const choice of choices) {
                const text = fold(choice.dataset.words || choice.textContent);
                const ticked = choice.querySelector("input").checked;
                choice.hidden = !ticked && !words.every(w => text.includes(w));
            }
        });
        picker.addEventListener("change", () => {
            summary.textContent = template.replace("{0}", picker.querySelectorAll("input[type=checkbox]:checked").length);
        });
    }
})();
