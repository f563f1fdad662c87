// The demo portal's script: registers the elements from the library's source.
import '../src/define.js';
