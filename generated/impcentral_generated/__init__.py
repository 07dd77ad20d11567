"""A client library for accessing impCentral API"""
