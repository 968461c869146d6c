/**
 * The person-name model shared by the title and the official grammars: family names, name
 * particles, the words that end a name, and the shape of a Vietnamese syllable. Not exported.
 */
@NullMarked
package org.vietparse.internal.name;

import org.jspecify.annotations.NullMarked;
