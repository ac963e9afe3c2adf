// The parts of libxml2 that the loader uses: the parser, the tree and RELAX NG validation.
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU; its headers would then pull in the system ICU, which clashes with the
// copy inside Foundation. The loader never touches the encoding handlers, so ICU's declarations are not needed.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/relaxng.h>
#include <libxml/xmlschemastypes.h>
#include <libxml/HTMLparser.h>
