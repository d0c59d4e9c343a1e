"use strict";
exports.id = 5176;
exports.ids = [5176];
exports.modules = {

/***/ 25176:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCheck: () => (/* reexport safe */ _check_js__WEBPACK_IMPORTED_MODULE_0__.k_)
/* harmony export */ });
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52398);



/***/ })

};
;