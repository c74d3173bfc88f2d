package org.blogplatform.accounts.web;

/** One bad field of a request, named as the client sent it. */
record FieldProblem(String field, String message) {}
