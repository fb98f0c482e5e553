/** Vietnamese text handling: the one place where names are normalised for matching. */
package vn.phoihop.engine.text;
