#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
/* Debian's libxml2 headers pull in ICU, whose types clash with Foundation's own ICU. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>
#include <libxml/xmlerror.h>

/* xmlFree is a global function pointer, which Swift 6 calls not concurrency-safe. */
static inline void clibxml2_free(void *ptr) { xmlFree(ptr); }
#endif
