/**
 * The one script every page of the guide loads (MarkdownContent.astro): copy-on-click for the
 * heading anchors, and on step pages the "Mark this step as done" control. A module script is
 * deferred: it never holds up parsing or the first paint, and on load it only adds listeners.
 */
import { wireSectionLinks } from './section-links';
import { defineStepDone } from './step-done';

wireSectionLinks();
defineStepDone();
